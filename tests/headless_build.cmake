cmake_minimum_required(VERSION 3.24)
# Configures and builds a SANDBENCH_GUI=OFF tree of SOURCE_DIR in BUILD_DIR (only what the command
# line needs), checks its sandbench with CHECK (headless_links.cmake) and runs a cell through it.
foreach(var SOURCE_DIR BUILD_DIR PYTHON GENERATOR CHECK)
    if(NOT ${var})
        message(FATAL_ERROR "headless_build: -D${var}=... is missing")
    endif()
endforeach()
execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" -G "${GENERATOR}"
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANDBENCH_GUI=OFF -DSANDBENCH_BUILD_TESTS=OFF
            "-DPython3_EXECUTABLE=${PYTHON}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "headless_build: configuring with -DSANDBENCH_GUI=OFF failed (${rc})")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target sandbench sandbench-worker profiles
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "headless_build: building the headless sandbench failed (${rc})")
endif()
set(binary "${BUILD_DIR}/bin/sandbench")
execute_process(COMMAND "${CMAKE_COMMAND}" -DBINARY=${binary} -P "${CHECK}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "headless_build: the headless sandbench links more than QtCore")
endif()
# Every subcommand is there, and one runs a cell in the sandbox.
foreach(command run serve mcp review history show export import replay)
    execute_process(COMMAND "${binary}" ${command} --help RESULT_VARIABLE rc OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "headless_build: 'sandbench ${command} --help' exited with ${rc}")
    endif()
endforeach()
execute_process(COMMAND "${binary}" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^sandbench ")
    message(FATAL_ERROR "headless_build: 'sandbench --version' exited with ${rc}: ${out}")
endif()
# Without a subcommand there is no window to open: a usage error that names what to do instead.
execute_process(COMMAND "${binary}" RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 64 OR NOT err MATCHES "sandbench run")
    message(FATAL_ERROR "headless_build: 'sandbench' alone exited with ${rc}: ${err}")
endif()
file(WRITE "${BUILD_DIR}/headless-check.py" "# %%\nprint(6 * 7)\n")
execute_process(
    COMMAND "${binary}" run --json --db "${BUILD_DIR}/headless-check.db" "${BUILD_DIR}/headless-check.py"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\"stdout\":\"42\\\\n\"")
    message(FATAL_ERROR "headless_build: 'sandbench run' did not print 42 (exit ${rc}):\n${out}\n${err}")
endif()
message(STATUS "headless sandbench ran a cell: ${out}")
