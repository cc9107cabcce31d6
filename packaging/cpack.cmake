# Desktop integration and the Debian package. Included last by the top-level CMakeLists so that
# every install() rule of the project is known when CPack is configured.
#   cmake --build build && (cd build && cpack)   ->   build/sandbench_<version>_<arch>.deb

install(FILES "${CMAKE_CURRENT_LIST_DIR}/sandbench.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/sandbench.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sandbench)
set(CPACK_PACKAGE_VENDOR "Sandbench developers")
set(CPACK_PACKAGE_CONTACT "Sandbench developers <sandbench@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Sandbench opens CSV, Excel and JSON files as pandas DataFrames and runs Python analysis cells
on them in a separate, sandboxed worker process, showing printed output, tables and matplotlib
figures next to each cell.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps (dpkg-dev) derives the library dependencies (Qt, libpython3.11, sqlite) from the
# binaries; CPack appends them to the list below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see: the Python modules user code imports inside the worker, and Qt's
# platform plugins (xcb etc.), which libqt6gui6 only recommends but without which no window opens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "python3, python3-pandas, python3-numpy, python3-matplotlib, python3-scipy, python3-statsmodels, python3-openpyxl, qt6-qpa-plugins")

include(CPack)
