# Checks that `jixiao audit` finds the same in a workbook as in the CSV it was converted from:
# same exit code, same output once the file names are removed. Skips (prints "SKIPPED:") when
# the workbook was not written (no python3-openpyxl; tests/xlsx/make_workbooks.py).
# Inputs: EXE, WORKDIR, CSV, XLSX, FORMAT, and optionally EXPECT_EXIT (the exit code both must
# give).
if(NOT EXISTS "${XLSX}")
  message("SKIPPED: ${XLSX} was not written (needs python3-openpyxl; tools/setup-deps)")
  return()
endif()
foreach(kind csv xlsx)
  string(TOUPPER "${kind}" var)
  execute_process(COMMAND "${EXE}" audit "${${var}}" --format "${FORMAT}"
                  WORKING_DIRECTORY "${WORKDIR}" RESULT_VARIABLE rc_${kind}
                  OUTPUT_VARIABLE out_${kind} ERROR_VARIABLE err_${kind})
  string(REPLACE "${${var}}" "TABLE" out_${kind} "${out_${kind}}")
  string(REPLACE "${${var}}" "TABLE" err_${kind} "${err_${kind}}")
endforeach()
if(NOT rc_csv STREQUAL rc_xlsx)
  message(FATAL_ERROR "exit code ${rc_xlsx} from ${XLSX}, ${rc_csv} from ${CSV}\n${err_xlsx}")
endif()
if(DEFINED EXPECT_EXIT AND NOT rc_xlsx STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${rc_xlsx}, expected ${EXPECT_EXIT}\n${out_xlsx}${err_xlsx}")
endif()
if(NOT out_csv STREQUAL out_xlsx OR NOT err_csv STREQUAL err_xlsx)
  message(FATAL_ERROR "${XLSX} and ${CSV} differ\n--- xlsx:\n${out_xlsx}${err_xlsx}\n"
                      "--- csv:\n${out_csv}${err_csv}")
endif()
string(LENGTH "${out_csv}" length)
if(length LESS 100)
  message(FATAL_ERROR "suspiciously short output:\n${out_csv}${err_csv}")
endif()
