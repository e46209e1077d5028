# Linux: a .deb with the desktop entry, hicolor icons, AppStream metainfo and the .plens MIME type.
# Translations, samples and the icon are embedded in the executables as Qt resources, so the installed
# programs need no data files of their own.
set(PLENS_APP_ID org.policylens.PolicyLens)
set(linux_dir ${CMAKE_CURRENT_LIST_DIR}/linux)

install(FILES ${linux_dir}/${PLENS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_dir}/${PLENS_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${PLENS_APP_ID}.xml)
configure_file(${linux_dir}/${PLENS_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/${PLENS_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/${PLENS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PLENS_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${PLENS_APP_ID}.svg)
foreach(size IN LISTS PLENS_ICON_SIZES)
    install(FILES ${PLENS_ICON_DIR}/policylens-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${PLENS_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/licenses/GPL-3.0.txt
    DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PolicyLens developers <policylens@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "text")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON) # debug information stays in the build folder
# Not found by dpkg-shlibdeps: Qt plugins loaded at run time, and data Poppler reads for CJK PDFs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, poppler-data")
# Team workspaces need the PostgreSQL driver (a plugin, loaded at run time); LibreOffice converts
# .doc/.wps/.rtf at import (without it those files are refused with a message).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk, qt6-translations-l10n, libqt6sql6-psql, libreoffice-writer-nogui | libreoffice-writer")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
