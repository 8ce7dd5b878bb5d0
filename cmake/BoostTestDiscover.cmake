# Registers one ctest test per Boost.Test case ("suite/case"), read from `BT_EXE --list_content`
# at ctest time. The samples of a data-driven case run together inside their case.
# Inputs: BT_EXE (the test executable), BT_PREFIX (test name prefix), BT_WORKDIR, BT_FIXTURES
# ("suite=fixture" items: the cases of that suite require the ctest fixture and may skip
# themselves with exit code 77).
cmake_minimum_required(VERSION 3.16)
execute_process(COMMAND "${BT_EXE}" --list_content ERROR_VARIABLE listing OUTPUT_QUIET
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  add_test("${BT_PREFIX}LIST_FAILED" "${BT_EXE}" --list_content)
  return()
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(suite "")
foreach(line IN LISTS lines)
  if(line MATCHES "^([^ *][^*]*)(\\*?)$")          # depth 0: a suite
    set(suite "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^    ([^ *][^*]*)(\\*?)$")  # depth 1: a case of that suite
    set(name "${BT_PREFIX}${suite}/${CMAKE_MATCH_1}")
    set(star "${CMAKE_MATCH_2}")
    add_test("${name}" "${BT_EXE}" "--run_test=${suite}/${CMAKE_MATCH_1}" --color_output=no)
    set_tests_properties("${name}" PROPERTIES WORKING_DIRECTORY "${BT_WORKDIR}")
    foreach(item IN LISTS BT_FIXTURES)
      if(item MATCHES "^(.*)=(.*)$" AND CMAKE_MATCH_1 STREQUAL suite)
        set_tests_properties("${name}" PROPERTIES FIXTURES_REQUIRED "${CMAKE_MATCH_2}"
                             SKIP_RETURN_CODE 77)
      endif()
    endforeach()
    if(NOT star STREQUAL "*")
      set_tests_properties("${name}" PROPERTIES DISABLED TRUE)
    endif()
  endif()
endforeach()
