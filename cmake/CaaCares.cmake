# c-ares >= 1.18: its CMake package where it exists (Windows/macOS builds), else pkg-config (Debian ships only libcares.pc).
find_package(c-ares 1.18 CONFIG QUIET)
if(NOT TARGET c-ares::cares)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(CARES REQUIRED IMPORTED_TARGET libcares>=1.18)
    add_library(c-ares::cares ALIAS PkgConfig::CARES)
endif()
