# Installs the build into a fresh prefix and runs the installed sandbench there: proves that
# `cmake --install` puts the app, the worker, its Python package and the sample data where the
# installed binary finds them. Run by CTest with -DBUILD_DIR=... -DPREFIX=...
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(expected bin/sandbench libexec/sandbench/sandbench-worker
        share/sandbench/python/sandbench_worker/server.py share/sandbench/sample/sales.csv
        share/applications/sandbench.desktop)
    if(NOT EXISTS "${PREFIX}/${expected}")
        message(FATAL_ERROR "not installed: ${expected}")
    endif()
endforeach()
file(WRITE "${PREFIX}/smoke.py" "print(len(sales), 'rows')\n")
execute_process(
    COMMAND "${PREFIX}/bin/sandbench" run --db "${PREFIX}/smoke.db" --out "${PREFIX}/out"
            --data "sales=${PREFIX}/share/sandbench/sample/sales.csv" "${PREFIX}/smoke.py"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "rows")
    message(FATAL_ERROR "the installed sandbench failed (${rc}):\n${out}\n${err}")
endif()
message(STATUS "installed sandbench ran: ${out}")
