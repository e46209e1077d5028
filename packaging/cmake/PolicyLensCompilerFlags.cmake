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
