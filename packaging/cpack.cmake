# CPack: `cpack -G DEB` in the build folder makes retort_<version>_<arch>.deb (installs to /usr).
set(CPACK_PACKAGE_NAME retort)
set(CPACK_PACKAGE_VENDOR "The Retort developers")
set(CPACK_PACKAGE_CONTACT "The Retort developers <retort@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
"Retort opens an Alembic project and its SQLite or PostgreSQL database, draws the
revision graph, previews the SQL of every step and applies or rolls back one revision
at a time. The retort command-line tool runs the same engine for scripts and CI.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/retort/retort")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps adds the libraries the binaries link (libqt6core6, libqt6sql6, libqt6widgets6,
# libqscintilla2-qt6-15, libqt6keychain1 ...); the plugins Qt loads at run time are listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
if(RETORT_BUILD_GUI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6svg6, qt6-qpa-plugins")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-alembic")

include(CPack)
