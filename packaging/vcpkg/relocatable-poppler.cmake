# A relocatable Poppler for the Windows installer, as a vcpkg overlay port made from the vcpkg tree in
# use. vcpkg's own poppler port configures Poppler with ENABLE_RELOCATABLE=OFF, so poppler.dll looks
# for poppler-data at the path fixed when it was built (inside the vcpkg tree of the build machine)
# and a Chinese PDF whose fonts are not embedded renders blank on an officer's machine. With
# ENABLE_RELOCATABLE=ON (a DLL build only: it finds itself through DllMain) Poppler reads
# <folder of poppler.dll>\..\share\poppler when the DLL sits in bin\, which is where the installer
# puts poppler-data (packaging/Data.cmake).
#
# The overlay is the port of the vcpkg tree being used, copied into the build folder with that one
# option turned on, so it follows that tree's Poppler version, patches and features; it fails loudly
# when the option is no longer where it was. Included by the top CMakeLists.txt before project() when
# the vcpkg toolchain is used (PLENS_RELOCATABLE_POPPLER=OFF uses vcpkg's port as it is); it appends the
# overlay to VCPKG_OVERLAY_PORTS. Also runs as a script (the suite checks it on a made-up vcpkg tree):
#   cmake -DCMAKE_TOOLCHAIN_FILE=VCPKG/scripts/buildsystems/vcpkg.cmake -DPLENS_OVERLAY_DIR=DIR -P this
get_filename_component(plens_vcpkg_root "${CMAKE_TOOLCHAIN_FILE}" DIRECTORY) # scripts/buildsystems
get_filename_component(plens_vcpkg_root "${plens_vcpkg_root}/../.." ABSOLUTE)
set(plens_upstream "${plens_vcpkg_root}/ports/poppler")
if(NOT PLENS_OVERLAY_DIR)
    set(PLENS_OVERLAY_DIR "${CMAKE_BINARY_DIR}/vcpkg-overlay-ports")
endif()
set(plens_overlay "${PLENS_OVERLAY_DIR}/poppler")
if(NOT EXISTS "${plens_upstream}/portfile.cmake")
    message(FATAL_ERROR "relocatable-poppler: no poppler port in ${plens_vcpkg_root}/ports "
                        "(configure with -DPLENS_RELOCATABLE_POPPLER=OFF to use the registry's port as it is)")
endif()
file(REMOVE_RECURSE "${plens_overlay}")
file(COPY "${plens_upstream}/" DESTINATION "${plens_overlay}")
file(READ "${plens_overlay}/portfile.cmake" plens_portfile)
string(REGEX MATCH "-DENABLE_RELOCATABLE=OFF" plens_found "${plens_portfile}")
if(NOT plens_found)
    message(FATAL_ERROR "relocatable-poppler: ${plens_upstream}/portfile.cmake no longer passes "
                        "-DENABLE_RELOCATABLE=OFF; look at how it configures Poppler now")
endif()
string(REPLACE "-DENABLE_RELOCATABLE=OFF" "-DENABLE_RELOCATABLE=ON" plens_portfile "${plens_portfile}")
file(WRITE "${plens_overlay}/portfile.cmake"
     "# Made by PolicyLens's packaging/vcpkg/relocatable-poppler.cmake from ${plens_upstream}:\n"
     "# the same port with ENABLE_RELOCATABLE=ON (Poppler finds share/poppler beside its DLL).\n"
     "if(VCPKG_LIBRARY_LINKAGE STREQUAL \"static\")\n"
     "    message(FATAL_ERROR \"a relocatable Poppler needs a dynamic triplet (x64-windows)\")\n"
     "endif()\n"
     "${plens_portfile}")
list(APPEND VCPKG_OVERLAY_PORTS "${PLENS_OVERLAY_DIR}")
message(STATUS "PolicyLens: relocatable Poppler from ${plens_upstream} (overlay in ${plens_overlay})")
