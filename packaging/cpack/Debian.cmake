# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package (cpack -G DEB), checked by packaging/check-package.sh with lintian.
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RAPPORT_MAINTAINER}")
# Shared libraries the binaries link come from dpkg-shlibdeps. What Qt and QtKeychain open
# with dlopen at run time does not, so it is declared here:
#  - the SQLite driver: every project is a SQLite file (libqt6sql6-sqlite);
#  - the SVG plugins: the icons are SVG (libqt6svg6);
#  - libsecret, which QtKeychain loads to reach the keychain, and a Secret Service provider
#    (GNOME Keyring, KWallet or KeePassXC) to keep data-source tokens;
#  - the PostgreSQL driver for team workspaces; Wayland; Qt's own Chinese translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, libqt6sql6-psql, qt6-wayland, qt6-translations-l10n, shared-mime-info, desktop-file-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk, fonts-noto-core")
