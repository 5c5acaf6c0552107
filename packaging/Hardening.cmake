# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The hardening Debian builds its packages with (dpkg-buildflags with hardening=+all), for
# every target, so the .deb cpack makes from an optimised build passes lintian's hardening
# checks: fortified libc calls, stack protector, full RELRO with immediate binding, PIE.
# Included once from the top-level CMakeLists.txt, before any target.
option(RAPPORT_HARDENING "Compile with Debian's hardening flags" ON)
if(RAPPORT_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32 AND NOT APPLE)
  include(CheckPIESupported)
  check_pie_supported(LANGUAGES C CXX)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  # _FORTIFY_SOURCE needs optimisation; a Debug build (-O0) would only warn.
  add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
  # Debian makes -Wformat-security an error; a warning here, like every other one in our
  # code (none allowed), so that no branch's merge breaks on it.
  add_compile_options(-fstack-protector-strong -fstack-clash-protection -Wformat
                      -Wformat-security)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
    add_compile_options(-fcf-protection)
  endif()
endif()
# Full RELRO with immediate binding (lintian: hardening-no-relro, hardening-no-bindnow).
if(NOT WIN32 AND NOT APPLE)
  add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
