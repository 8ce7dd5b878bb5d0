// The text of a new template made from an existing one (`jixiao init`): the source's rules and
// comments, a new id and version, the editor's schema line, guidance for the author, and the
// source's first test case as an example.
#ifndef JIXIAO_INDICATORS_TEMPLATE_SCAFFOLD_H_
#define JIXIAO_INDICATORS_TEMPLATE_SCAFFOLD_H_

#include <string>
#include <string_view>

namespace jixiao {

struct ScaffoldOptions {
  std::string id;           // the new template's id (required)
  std::string name;         // its name; empty keeps the source's
  std::string schema_path;  // the JSON Schema, as the new file's editor should find it
  std::string source;       // what it was made from ("central_2020", a path), for a comment
  std::string extends;      // a new `extends:` value (the parent seen from the new file), or ""
};

/// Rewrites the text of a valid template `source_text`: drops its yaml-language-server line
/// and writes one for `options.schema_path`; sets `id`, `version: "1"` and, when given, `name`
/// and `extends` (top-level keys, in place); keeps only the first of its `cases`, or adds a
/// commented example when it has none; puts the author's to-do list at the top. Comments of the
/// source are kept.
std::string ScaffoldTemplate(std::string_view source_text, const ScaffoldOptions& options);

/// `text` as a double-quoted YAML scalar.
std::string YamlQuoted(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_TEMPLATE_SCAFFOLD_H_
