# Finds Poppler's Qt 6 binding: defines Poppler::Qt6.
# Linux: pkg-config (poppler-qt6.pc). Windows/vcpkg: pkg-config too, else plain find_path/find_library.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_POPPLER_QT6 QUIET IMPORTED_TARGET poppler-qt6)
endif()
if(PC_POPPLER_QT6_FOUND)
    if(NOT TARGET Poppler::Qt6)
        add_library(Poppler::Qt6 ALIAS PkgConfig::PC_POPPLER_QT6)
    endif()
    set(Poppler_VERSION ${PC_POPPLER_QT6_VERSION})
    set(Poppler_FOUND TRUE)
else()
    find_path(POPPLER_QT6_INCLUDE_DIR poppler-qt6.h PATH_SUFFIXES poppler/qt6)
    find_library(POPPLER_QT6_LIBRARY NAMES poppler-qt6)
    include(FindPackageHandleStandardArgs)
    find_package_handle_standard_args(Poppler REQUIRED_VARS POPPLER_QT6_LIBRARY POPPLER_QT6_INCLUDE_DIR)
    if(Poppler_FOUND AND NOT TARGET Poppler::Qt6)
        add_library(Poppler::Qt6 UNKNOWN IMPORTED)
        set_target_properties(Poppler::Qt6 PROPERTIES
            IMPORTED_LOCATION "${POPPLER_QT6_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${POPPLER_QT6_INCLUDE_DIR}")
    endif()
endif()
