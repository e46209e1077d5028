# plens_add_test(NAME SOURCES src... [LIBS lib...] [LABELS unit|gui|bench ...] [TIMEOUT s])
# Adds a QtTest executable as a ctest test that runs with QT_QPA_PLATFORM=offscreen, a UTF-8 locale,
# test-mode standard paths (tests call QStandardPaths::setTestModeEnabled) and two data paths:
#   PLENS_TEST_DATA   tests/data in the source tree (small fixtures whose origin is noted there)
#   PLENS_SHARED_DIR  ../shared beside the checkout (the corpus and the scorers); tests that use it
#                     skip when it is absent
# Compile definitions carry the same paths, plus PLENS_CLI_PATH (the built policylens-cli).
set(PLENS_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The shared corpus and eval folder")

function(plens_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    plens_set_compile_options(${name})
    target_compile_definitions(${name} PRIVATE
        PLENS_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        PLENS_SHARED_DIR="${PLENS_SHARED_DIR}"
        PLENS_CLI_PATH="$<TARGET_FILE:policylens-cli>")
    add_dependencies(${name} policylens-cli)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;PLENS_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;PLENS_SHARED_DIR=${PLENS_SHARED_DIR};ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
endfunction()
