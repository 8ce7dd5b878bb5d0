// Project data files (YAML for a few projects, CSV for many) → Projects (docs/data-format.md).
#ifndef JIXIAO_INDICATORS_PROJECT_LOADER_H_
#define JIXIAO_INDICATORS_PROJECT_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/project.h"
#include "indicators/yaml_document.h"

namespace jixiao {

struct ProjectLoadResult {
  std::vector<Project> projects;
  std::vector<Diagnostic> diagnostics;
};

/// Loads YAML project data: a map with `projects:` (a list), or a single project map.
/// `first_line` is the line of the file `yaml` starts on (one line of a JSON Lines file).
ProjectLoadResult LoadProjectsFromYaml(std::string_view yaml, const std::string& file,
                                       int first_line = 1);

/// Reads one project map (the project keys of the YAML format). A project without `name` is
/// named `default_name`, or is an error when that is empty.
Project ReadProjectMap(const YamlNode& node, std::vector<Diagnostic>& diagnostics,
                       const std::string& default_name = {});

/// Loads a data file, choosing the reader by extension: .yaml/.yml or .csv.
ProjectLoadResult LoadProjectFile(const std::string& path);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_LOADER_H_
