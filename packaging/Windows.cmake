# Windows: deploy Qt next to the executables (qt_generate_deploy_app_script, i.e. windeployqt), the
# other DLLs with them (X_VCPKG_APPLOCAL_DEPS_INSTALL, set in the top CMakeLists.txt), ship poppler-data
# so CJK PDFs without embedded fonts render and the OCR models (packaging/Data.cmake), and build an
# MSI (WiX; IT departments deploy it with Group Policy or SCCM: msiexec /i PolicyLens-x.y.z-win64.msi
# /qn) or an NSIS .exe.
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

# poppler-data and the Tesseract models: packaging/Data.cmake (share/poppler, share/tessdata). A
# relocatable Poppler (packaging/vcpkg/relocatable-poppler.cmake) reads share/poppler beside bin/.
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
