# Install rules and CPack, per platform. The version comes from project() in the top CMakeLists.txt.
include(GNUInstallDirs)
install(TARGETS policylens policylens-cli
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

include(${CMAKE_CURRENT_LIST_DIR}/Data.cmake)

set(CPACK_PACKAGE_NAME "policylens")
set(CPACK_PACKAGE_VENDOR "PolicyLens")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/Windows.cmake OPTIONAL)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/Linux.cmake OPTIONAL)
endif()
include(CPack)
