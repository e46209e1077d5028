# Compiler warnings, hardening and the optional sanitizer build, applied per target.
function(plens_set_compile_options target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /Zc:__cplusplus)
        if(PLENS_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
            -Wformat=2 -Wcast-align
            -finput-charset=UTF-8 -fexec-charset=UTF-8)
        if(PLENS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        if(NOT PLENS_SANITIZE AND CMAKE_BUILD_TYPE MATCHES "Rel")
            target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
        endif()
        target_compile_options(${target} PRIVATE -fstack-protector-strong)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH)
endfunction()

if(PLENS_SANITIZE AND NOT MSVC)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer (tests/fuzz): everything instrumented for coverage and checked by ASan and UBSan; the fuzz
# executables add -fsanitize=fuzzer (their main). Qt and Poppler are not rebuilt, so UBSan's vptr check
# (which needs their type information) is off.
if(PLENS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PLENS_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined -fno-sanitize=vptr)
endif()
