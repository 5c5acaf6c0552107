# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The macOS disk image (DragNDrop): Rapport.app to drag into Applications. Built on macOS
# with Qt's macOS kit (Xcode command-line tools for iconutil/sips/hdiutil):
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DRAPPORT_BUILD_TESTS=OFF
#   cmake --build build && cd build && cpack
# Not built in CI (Debian). What it does:
#  - rapport becomes Rapport.app with an Info.plist (macos/Info.plist.in) that carries the
#    application id as bundle identifier and declares the *.rapport document type (an
#    exported UTI conforming to public.database), so Finder opens projects in Rapport. Finder
#    hands them over as QFileOpenEvent, which SingleInstance turns into openRequested();
#  - rapport-cli goes inside the bundle (Rapport.app/Contents/MacOS/rapport-cli), next to
#    the frameworks it shares; users link it into their PATH if they want it there;
#  - Qt's deploy script (macdeployqt) copies the frameworks and the plugins loaded at run
#    time (cocoa, sqldrivers/qsqlite, SVG); QtKeychain uses the macOS Keychain;
#  - the icon (Rapport.icns) is made at build time from macos/rapport-1024.png (rendered from
#    resources/icons/rapport.svg) with sips and iconutil.
# Settings go to ~/Library/Preferences/io.github.rapportdesk.Rapport.plist (organization
# domain rapportdesk.github.io), unsaved work to ~/Library/Application Support: nothing is
# written inside the bundle. Sign and notarise the image before publishing it.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Rapport)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "Rapport-${PROJECT_VERSION}")

set(icns ${CMAKE_CURRENT_BINARY_DIR}/Rapport.icns)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/Rapport.iconset)
set(iconCommands COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset})
foreach(size 16 32 128 256 512)
  math(EXPR double "${size} * 2")
  list(APPEND iconCommands
    COMMAND sips -z ${size} ${size} ${CMAKE_CURRENT_SOURCE_DIR}/macos/rapport-1024.png
            --out ${iconset}/icon_${size}x${size}.png
    COMMAND sips -z ${double} ${double} ${CMAKE_CURRENT_SOURCE_DIR}/macos/rapport-1024.png
            --out ${iconset}/icon_${size}x${size}@2x.png)
endforeach()
add_custom_command(OUTPUT ${icns} ${iconCommands}
  COMMAND iconutil -c icns -o ${icns} ${iconset}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/macos/rapport-1024.png VERBATIM)
# The rule lives here, the bundle in app/: a target of this folder makes the file, and
# rapport (which copies it into Contents/Resources) waits for it.
add_custom_target(rapport_icns DEPENDS ${icns})
add_dependencies(rapport rapport_icns)
target_sources(rapport PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY rapport PROPERTIES
                            GENERATED ON MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(rapport PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME Rapport
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER ${RAPPORT_APP_ID}
  MACOSX_BUNDLE_BUNDLE_NAME Rapport
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_ICON_FILE Rapport.icns
  MACOSX_BUNDLE_COPYRIGHT "© 2026 The Rapport authors, GPL-3.0-or-later")

qt_generate_deploy_app_script(TARGET rapport FILENAME_VARIABLE rapport_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${rapport_deploy_script})
