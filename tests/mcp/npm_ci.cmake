# Installs tests/mcp's Node packages into the build tree exactly as package-lock.json pins them
# (`npm ci`), once per lock file: a stamp holds the lock's hash, so later test runs download
# nothing. Run with -DNPM=<npm> -DDIR=<build tree folder holding package.json and the lock>.
file(SHA256 "${DIR}/package-lock.json" lock_hash)
set(stamp "${DIR}/node_modules/.sandbench-lock-sha256")
if(EXISTS "${stamp}")
    file(READ "${stamp}" installed)
    if(installed STREQUAL lock_hash)
        message(STATUS "tests/mcp: node_modules matches package-lock.json")
        return()
    endif()
endif()
execute_process(COMMAND "${NPM}" ci --ignore-scripts --no-audit --no-fund
    WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "tests/mcp: 'npm ci' failed in ${DIR} (${result}); the MCP tests need "
        "the npm registry once to install @modelcontextprotocol/sdk as package-lock.json pins it")
endif()
file(WRITE "${stamp}" "${lock_hash}")
