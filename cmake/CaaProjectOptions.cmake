# Everything shared by every target lives on one INTERFACE target (qBittorrent's CommonConfig).
add_library(caa_project_options INTERFACE)
target_compile_features(caa_project_options INTERFACE cxx_std_20)
target_compile_definitions(caa_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CAA_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(caa_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
        $<$<BOOL:${CAA_WERROR}>:-Werror>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(caa_project_options INTERFACE -Wshadow-uncaptured-local)
    else()
        target_compile_options(caa_project_options INTERFACE -Wshadow=local)
    endif()
    if(CAA_SANITIZE)
        target_compile_options(caa_project_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                                             -fno-omit-frame-pointer)
        target_link_options(caa_project_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(CAA_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Coverage for libFuzzer in every library, not only in the target's own file: the fuzzer is guided by the
        # parsers' branches. (The fuzz targets add -fsanitize=fuzzer, which brings the runtime and main().)
        target_compile_options(caa_project_options INTERFACE -fsanitize=fuzzer-no-link)
        target_link_options(caa_project_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
endif()
