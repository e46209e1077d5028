# Linux packaging (.deb via CPack). Completed by the packaging issue: desktop file, icons, metainfo.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PolicyLens developers")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "text")
