# wieweet_embed_files(<target-name> <output.cpp> NAMESPACE <ns> FILES <Name>=<path> ...)
#
# Generates a C++ source defining `extern const std::string_view <ns>::<Name>` for each file, so the
# binaries carry their web assets and default word lists and never depend on the working directory.
# The bytes are written as a char array (not a raw string literal), so any file content is safe.
function(wieweet_embed_files target output)
  cmake_parse_arguments(ARG "" "NAMESPACE" "FILES" ${ARGN})
  set(inputs "")
  set(args "")
  foreach(spec IN LISTS ARG_FILES)
    string(REPLACE "=" ";" parts "${spec}")
    list(GET parts 1 path)
    list(APPEND inputs "${path}")
    list(APPEND args "${spec}")
  endforeach()
  string(REPLACE ";" "|" joined "${args}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAMESPACE=${ARG_NAMESPACE} "-DSPECS=${joined}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${ARG_NAMESPACE}"
    VERBATIM)
  add_custom_target(${target} DEPENDS ${output})
endfunction()
