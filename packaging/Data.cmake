# Data PolicyLens reads at run time, installed beside the executables (see core/bundleddata.h):
#   <prefix>/share/poppler   poppler-data (CMaps, encodings) for PDFs whose fonts are not embedded; a
#                            relocatable Poppler (packaging/vcpkg) finds it there by itself
#   <prefix>/share/tessdata  Tesseract's chi_sim, chi_sim_vert and eng for pages without a text layer
# Install component "data". The Windows installer carries it: poppler-data from the vcpkg port of that
# name (else the upstream tarball, by hash), the traineddata fetched by hash when the package is made.
# On Linux the distribution's packages provide the data (poppler-data, tesseract-ocr-chi-sim ...), so
# the component is left out of the package and installed only on request,
#   cmake --install build --prefix P --component data
# copying the system's files: the suite's layout check (tests/packaging) does so.

# tessdata_fast 4.1.0 (Apache-2.0), the models Debian's tesseract-ocr-* 4.1.0 packages carry.
set(PLENS_TESSDATA_URL "https://github.com/tesseract-ocr/tessdata_fast/raw/4.1.0"
    CACHE STRING "Where the Windows package fetches the Tesseract models from (checked by hash)")
set(PLENS_TESSDATA_MODELS
    "chi_sim=a5fcb6f0db1e1d6d8522f39db4e848f05984669172e584e8d76b6b3141e1f730"
    "chi_sim_vert=20590de84725bab69cde93bd6e8ed360a13cc5421a7e7364ddeb93e9af53d6da"
    "eng=7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2")

if(WIN32)
    set(plens_data_optional "")
    # poppler-data: the vcpkg port's files, else the upstream release (same bytes as Debian's
    # poppler-data_0.4.12.orig.tar.gz; checked by hash) for builds with Qt from its installer.
    set(plens_poppler_data "")
    if(DEFINED VCPKG_INSTALLED_DIR AND EXISTS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/poppler/cMap")
        set(plens_poppler_data "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/poppler")
    else()
        include(FetchContent)
        FetchContent_Declare(poppler_data
            URL https://poppler.freedesktop.org/poppler-data-0.4.12.tar.gz
                http://deb.debian.org/debian/pool/main/p/poppler-data/poppler-data_0.4.12.orig.tar.gz
            URL_HASH SHA256=c835b640a40ce357e1b83666aabd95edffa24ddddd49b8daff63adb851cdab74)
        FetchContent_GetProperties(poppler_data)
        if(NOT poppler_data_POPULATED)
            FetchContent_Populate(poppler_data)
        endif()
        set(plens_poppler_data "${poppler_data_SOURCE_DIR}")
    endif()
    set(plens_tessdata_download ON)
else()
    set(plens_data_optional EXCLUDE_FROM_ALL)
    set(plens_poppler_data "")
    foreach(dir IN ITEMS /usr/share/poppler /usr/local/share/poppler)
        if(NOT plens_poppler_data AND EXISTS "${dir}/cMap")
            set(plens_poppler_data "${dir}")
        endif()
    endforeach()
    set(plens_tessdata "")
    foreach(dir IN ITEMS /usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata
                         /usr/share/tessdata /usr/local/share/tessdata)
        if(NOT plens_tessdata AND EXISTS "${dir}/chi_sim.traineddata")
            set(plens_tessdata "${dir}")
        endif()
    endforeach()
    set(plens_tessdata_download OFF)
endif()

if(plens_poppler_data)
    install(DIRECTORY "${plens_poppler_data}/cidToUnicode" "${plens_poppler_data}/cMap"
                      "${plens_poppler_data}/nameToUnicode" "${plens_poppler_data}/unicodeMap"
        DESTINATION share/poppler COMPONENT data ${plens_data_optional})
    foreach(notice IN ITEMS COPYING COPYING.adobe)
        if(EXISTS "${plens_poppler_data}/${notice}")
            install(FILES "${plens_poppler_data}/${notice}" DESTINATION share/poppler COMPONENT data
                    ${plens_data_optional})
        endif()
    endforeach()
endif()

if(plens_tessdata_download)
    # Fetched when the package is made (cpack runs the install), each file checked by its hash; kept
    # in the build folder so the next package does not fetch it again.
    install(CODE "
        foreach(model IN ITEMS ${PLENS_TESSDATA_MODELS})
            string(REPLACE \"=\" \";\" model \"\${model}\")
            list(GET model 0 lang)
            list(GET model 1 sha256)
            set(file \"${CMAKE_BINARY_DIR}/tessdata/\${lang}.traineddata\")
            file(DOWNLOAD \"${PLENS_TESSDATA_URL}/\${lang}.traineddata\" \"\${file}\"
                 EXPECTED_HASH SHA256=\${sha256} STATUS status)
            list(GET status 0 code)
            if(NOT code EQUAL 0)
                message(FATAL_ERROR \"tessdata \${lang}: \${status}\")
            endif()
            file(INSTALL \"\${file}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/share/tessdata\")
        endforeach()" COMPONENT data)
elseif(plens_tessdata)
    foreach(model IN LISTS PLENS_TESSDATA_MODELS)
        string(REGEX REPLACE "=.*" "" lang "${model}")
        if(EXISTS "${plens_tessdata}/${lang}.traineddata")
            install(FILES "${plens_tessdata}/${lang}.traineddata" DESTINATION share/tessdata COMPONENT data
                    ${plens_data_optional})
        endif()
    endforeach()
endif()
