#include <cstdio>

#include "engine/cli.h"
#include "indicators/project_loader.h"

namespace jixiao {

ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
  ParsedArgs out;
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positional || arg == "-" || arg.empty() || arg[0] != '-') {
      out.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      out.help = true;
      continue;
    }
    std::string name = arg, value;
    bool has_value = false;
    if (size_t eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs)
      if (name == s.name || (!s.alias.empty() && name == s.alias)) spec = &s;
    if (spec == nullptr) {
      out.error = "未知选项 " + name;
      return out;
    }
    if (spec->takes_value && !has_value) {
      if (i + 1 >= args.size()) {
        out.error = "选项 " + name + " 需要一个值";
        return out;
      }
      value = args[++i];
    } else if (!spec->takes_value && has_value) {
      out.error = "选项 " + name + " 不带值";
      return out;
    }
    out.options[std::string(spec->name)] = value;
  }
  return out;
}

bool PrintDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
  return HasErrors(diagnostics);
}

bool LoadProjectFiles(const std::vector<std::string>& paths, std::vector<Project>& out) {
  bool failed = false;
  for (const std::string& path : paths) {
    ProjectLoadResult loaded = LoadProjectFile(path);
    failed |= PrintDiagnostics(loaded.diagnostics);
    if (!HasErrors(loaded.diagnostics) && loaded.projects.empty()) {
      std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
      failed = true;
    }
    for (Project& p : loaded.projects) out.push_back(std::move(p));
  }
  return !failed;
}

int UsageError(std::string_view command, std::string_view message) {
  std::fprintf(stderr, "jixiao %.*s: %.*s\n用法见 jixiao %.*s --help\n",
               static_cast<int>(command.size()), command.data(), static_cast<int>(message.size()),
               message.data(), static_cast<int>(command.size()), command.data());
  return kExitBadInput;
}

}  // namespace jixiao
