# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Windows installer (NSIS), built on Windows with Qt's MSVC or MinGW kit and NSIS 3:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DRAPPORT_BUILD_TESTS=OFF
#   cmake --build build --config Release && cd build && cpack -C Release
# Not built in CI (Debian). What it does:
#  - the window runs without a console (WIN32_EXECUTABLE); rapport-cli stays a console program;
#  - Qt's deploy script (windeployqt) copies the Qt DLLs and the plugins Rapport loads at run
#    time — platforms/qwindows, sqldrivers/qsqlite, iconengines/imageformats (SVG), styles —
#    beside rapport.exe; QtKeychain uses the Windows Credential Manager, nothing to ship but
#    qt6keychain.dll (its vcpkg/Conan build is found through CMAKE_PREFIX_PATH);
#  - per-machine install under Program Files, a Start menu entry, an uninstaller;
#  - *.rapport is registered to a ProgID named after the application id, so Explorer opens
#    projects in Rapport ("%1" is the path; a running Rapport takes it over its local socket).
# Settings go to the registry (HKCU\Software\rapportdesk\Rapport), unsaved work to
# %LOCALAPPDATA%\rapportdesk\Rapport: nothing is written in the installation folder.
set(CPACK_GENERATOR NSIS)
set_target_properties(rapport PROPERTIES WIN32_EXECUTABLE ON)
target_sources(rapport PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/windows/rapport.rc)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/rapport.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/rapport.ico)

qt_generate_deploy_app_script(TARGET rapport FILENAME_VARIABLE rapport_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${rapport_deploy_script})

set(RAPPORT_PROGID "${RAPPORT_APP_ID}.project")
set(CPACK_NSIS_PACKAGE_NAME "Rapport")
set(CPACK_NSIS_DISPLAY_NAME "Rapport ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\rapport.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "${RAPPORT_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN rapport.exe)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Explorer: .rapport -> ProgID -> "rapport.exe" "%1", with the program's icon; then tell
# the shell the associations changed so icons refresh without a logout.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\\\Classes\\\\.rapport' '' '${RAPPORT_PROGID}'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\.rapport' 'Content Type' '${RAPPORT_MIME_TYPE}'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${RAPPORT_PROGID}' '' 'Rapport project'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${RAPPORT_PROGID}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\rapport.exe,0'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${RAPPORT_PROGID}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\rapport.exe\\\" \\\"%1\\\"'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Applications\\\\rapport.exe\\\\SupportedTypes' '.rapport' ''
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  ReadRegStr $0 SHCTX 'Software\\\\Classes\\\\.rapport' ''
  StrCmp $0 '${RAPPORT_PROGID}' 0 +2
    DeleteRegKey SHCTX 'Software\\\\Classes\\\\.rapport'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\${RAPPORT_PROGID}'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\Applications\\\\rapport.exe'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
