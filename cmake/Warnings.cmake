# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings live in one INTERFACE target; -Werror only in developer mode (as GEOS and fmt do).
add_library(bib_warnings INTERFACE)
add_library(bib::warnings ALIAS bib_warnings)
target_compile_options(bib_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
if(BIB_DEVELOPER)
  target_compile_options(bib_warnings INTERFACE -Werror)
endif()
# GCC 12 reports false -Wrestrict positives inside libstdc++ for `"," + std::string` at -O3
# (GCC bug 105651); the warning says nothing about our code there.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(bib_warnings INTERFACE -Wno-restrict)
endif()
