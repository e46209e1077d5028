# The DLLs an installed PolicyLens needs beyond what the Qt deployment copies (included by
# packaging/Windows.cmake after the deploy scripts, so it sees what they put in the install folder).
#
# - Dependencies of the Qt plugins. windeployqt copies Qt's own libraries and plugins but not what a
#   plugin links from elsewhere: qsqlite.dll needs sqlite3.dll (vcpkg's Qt uses the sqlite3 port) and
#   qsqlpsql.dll needs libpq.dll and OpenSSL; nothing in policylens.exe links them, so vcpkg's
#   app-local copy (X_VCPKG_APPLOCAL_DEPS_INSTALL, which follows the executables) misses them. They are
#   resolved from the vcpkg tree's bin\ and copied into bin\, where Windows finds a plugin's
#   dependencies. Without them the installed app could open no workspace (or no team workspace).
# - The Visual C++ runtime (vcruntime140.dll, msvcp140.dll ...), app-local: an officer's machine need
#   not have the redistributable installed (build machines always do, so only a clean machine shows it).
#
# `policylens-cli paths` lists the SQL drivers that load; the Windows workflow checks QSQLITE and QPSQL
# on the installed copy.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF) # the Universal CRT is part of Windows 10 and later
include(InstallRequiredSystemLibraries)

if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(PLENS_RUNTIME_DLL_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
else()
    set(PLENS_RUNTIME_DLL_DIRS "")
endif()
foreach(dir IN ITEMS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(EXISTS "${dir}")
        list(APPEND PLENS_RUNTIME_DLL_DIRS "${dir}")
    endif()
endforeach()

install(CODE "set(plens_dll_dirs \"${PLENS_RUNTIME_DLL_DIRS}\")\nset(plens_bindir \"${CMAKE_INSTALL_BINDIR}\")")
install(CODE [[
    set(plens_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
    file(GLOB_RECURSE plens_plugins LIST_DIRECTORIES false "${plens_prefix}/plugins/*.dll")
    file(GLOB plens_exes LIST_DIRECTORIES false "${plens_prefix}/${plens_bindir}/*.exe")
    if(plens_plugins)
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES ${plens_exes}
            MODULES ${plens_plugins}
            DIRECTORIES "${plens_prefix}/${plens_bindir}" ${plens_dll_dirs}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]"
            RESOLVED_DEPENDENCIES_VAR plens_resolved
            UNRESOLVED_DEPENDENCIES_VAR plens_unresolved)
        foreach(dll IN LISTS plens_resolved)
            get_filename_component(name "${dll}" NAME)
            if(NOT EXISTS "${plens_prefix}/${plens_bindir}/${name}")
                message(STATUS "PolicyLens: ${name} (needed by a Qt plugin) from ${dll}")
                file(INSTALL "${dll}" DESTINATION "${plens_prefix}/${plens_bindir}")
            endif()
        endforeach()
        if(plens_unresolved)
            message(WARNING "PolicyLens: DLLs not found for the installed plugins: ${plens_unresolved}")
        endif()
    endif()
]])
