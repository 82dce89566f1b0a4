# `format` rewrites the sources with clang-format 14; `format-check` fails on any difference.
find_program(CAA_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(CAA_CLANG_FORMAT)
    file(GLOB_RECURSE CAA_FORMAT_SOURCES CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
         ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
         ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format COMMAND ${CAA_CLANG_FORMAT} -i ${CAA_FORMAT_SOURCES} VERBATIM)
    add_custom_target(format-check COMMAND ${CAA_CLANG_FORMAT} --dry-run -Werror ${CAA_FORMAT_SOURCES} VERBATIM)
endif()
