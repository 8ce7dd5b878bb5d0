# Runs `jixiao score` twice in every output format, each time into a file, and fails unless the
# two files are byte-identical (the same input always gives the same output).
# Inputs: EXE, WORKDIR, OUTDIR, ARGS (|-separated: template and data files).
string(REPLACE "|" ";" args "${ARGS}")
file(MAKE_DIRECTORY "${OUTDIR}")
foreach(format table md csv json xlsx)
  foreach(run 1 2)
    set(out "${OUTDIR}/twice_${run}.${format}")
    file(REMOVE "${out}")
    execute_process(COMMAND "${EXE}" score ${args} --format ${format} -o "${out}"
                    WORKING_DIRECTORY "${WORKDIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(rc GREATER 1)
      message(FATAL_ERROR "${format}, run ${run}: exit code ${rc}\n${err}")
    endif()
    file(SHA256 "${out}" hash_${run})
  endforeach()
  if(NOT hash_1 STREQUAL hash_2)
    message(FATAL_ERROR "--format ${format}: two runs on the same input differ")
  endif()
  file(SIZE "${OUTDIR}/twice_1.${format}" size)
  message(STATUS "--format ${format}: ${size} bytes, identical")
endforeach()
