# Windows: deploy Qt next to the executables (qt_generate_deploy_app_script, i.e. windeployqt), ship
# poppler-data so CJK PDFs without embedded fonts render, and build an MSI (WiX; IT departments deploy
# it with Group Policy or SCCM: msiexec /i PolicyLens-x.y.z-win64.msi /qn) or an NSIS .exe.
#   cpack -G WIX     (needs the WiX Toolset 3.x on PATH)
#   cpack -G NSIS    (needs NSIS)
set(win_dir ${CMAKE_CURRENT_LIST_DIR}/windows)

# Qt runtime, plugins (platforms, sqldrivers, imageformats, iconengines, printsupport) and translations.
foreach(app IN ITEMS policylens policylens-cli)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${app} OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${app} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${deploy_script})
endforeach()

# Poppler looks for its data in <folder of poppler.dll>/../share/poppler. The tarball is the upstream
# release (same bytes as Debian's poppler-data_0.4.12.orig.tar.gz; checked by hash).
option(PLENS_BUNDLE_POPPLER_DATA "Download poppler-data and install it with the application" ON)
if(PLENS_BUNDLE_POPPLER_DATA)
    include(FetchContent)
    FetchContent_Declare(poppler_data
        URL https://poppler.freedesktop.org/poppler-data-0.4.12.tar.gz
            http://deb.debian.org/debian/pool/main/p/poppler-data/poppler-data_0.4.12.orig.tar.gz
        URL_HASH SHA256=c835b640a40ce357e1b83666aabd95edffa24ddddd49b8daff63adb851cdab74)
    FetchContent_GetProperties(poppler_data)
    if(NOT poppler_data_POPULATED)
        FetchContent_Populate(poppler_data)
    endif()
    install(DIRECTORY ${poppler_data_SOURCE_DIR}/cidToUnicode ${poppler_data_SOURCE_DIR}/cMap
                      ${poppler_data_SOURCE_DIR}/nameToUnicode ${poppler_data_SOURCE_DIR}/unicodeMap
        DESTINATION share/poppler)
    install(FILES ${poppler_data_SOURCE_DIR}/COPYING ${poppler_data_SOURCE_DIR}/COPYING.adobe
        DESTINATION share/poppler)
endif()
# Tesseract's models, installed in tessdata\ beside the executables, where PolicyLens looks first. The
# files are tessdata_fast at the commit Debian packages as tesseract-ocr-chi-sim, -chi-sim-vert and -eng
# 1:4.1.0 (same bytes; checked by hash). Apache-2.0, as Tesseract.
option(PLENS_BUNDLE_TESSDATA "Download the text recognition models and install them with the application"
       ${PLENS_HAVE_OCR})
if(PLENS_BUNDLE_TESSDATA)
    set(tessdata_url https://github.com/tesseract-ocr/tessdata_fast/raw/65727574dfcd264acbb0c3e07860e4e9e9b22185)
    set(tessdata_models
        chi_sim a5fcb6f0db1e1d6d8522f39db4e848f05984669172e584e8d76b6b3141e1f730
        chi_sim_vert 20590de84725bab69cde93bd6e8ed360a13cc5421a7e7364ddeb93e9af53d6da
        eng 7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2)
    while(tessdata_models)
        list(POP_FRONT tessdata_models model hash)
        set(file ${CMAKE_BINARY_DIR}/tessdata/${model}.traineddata)
        if(NOT EXISTS ${file})
            file(DOWNLOAD ${tessdata_url}/${model}.traineddata ${file} EXPECTED_HASH SHA256=${hash} TLS_VERIFY ON)
        endif()
        install(FILES ${file} DESTINATION ${CMAKE_INSTALL_BINDIR}/tessdata)
    endwhile()
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/licenses/GPL-3.0.txt DESTINATION . RENAME LICENSE.txt)

set(CPACK_GENERATOR "WIX;NSIS")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PolicyLens")
set(CPACK_PACKAGE_EXECUTABLES "policylens" "PolicyLens") # Start-menu entry
set(CPACK_CREATE_DESKTOP_LINKS "policylens")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/packaging/licenses/GPL-3.0.txt) # WiX converts .txt to RTF
set(CPACK_PACKAGE_ICON ${PLENS_ICON_DIR}/policylens.ico)

# WiX / MSI. The upgrade code must never change: it lets a newer MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "6E1B2C1A-6A53-4C5E-9B3E-8F2D1C7A4B10")
set(CPACK_WIX_PRODUCT_ICON ${PLENS_ICON_DIR}/policylens.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "PolicyLens")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_CULTURES "zh-CN,en-US")
# .plens file association: a ProgId on the installed policylens.exe (see the patch file).
set(CPACK_WIX_PATCH_FILE ${win_dir}/wix-file-association.xml)

# NSIS: the same Start-menu entry, uninstaller and file association for those who prefer an .exe.
set(CPACK_NSIS_DISPLAY_NAME "PolicyLens ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${PLENS_ICON_DIR}/policylens.ico)
set(CPACK_NSIS_MUI_UNIICON ${PLENS_ICON_DIR}/policylens.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\policylens.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".plens" "" "PolicyLens.Workspace"
  WriteRegStr HKCR "PolicyLens.Workspace" "" "PolicyLens workspace"
  WriteRegStr HKCR "PolicyLens.Workspace\DefaultIcon" "" "$INSTDIR\bin\policylens.exe,0"
  WriteRegStr HKCR "PolicyLens.Workspace\shell\open\command" "" '"$INSTDIR\bin\policylens.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".plens"
  DeleteRegKey HKCR "PolicyLens.Workspace"
]=])
