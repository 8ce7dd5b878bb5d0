// A declaration (indicators/declaration.h) as the project data skeleton of the year-end
// self-evaluation: the YAML of docs/data-format.md with every declared indicator, its target and
// an empty `actual:` to fill in.
#ifndef JIXIAO_INDICATORS_DECLARATION_SKELETON_H_
#define JIXIAO_INDICATORS_DECLARATION_SKELETON_H_

#include <string>
#include <vector>

#include "indicators/declaration.h"
#include "indicators/diagnostic.h"
#include "indicators/template.h"

namespace jixiao {

/// The skeleton: a comment saying what to fill in, then `projects:` with each project's header,
/// budget (`initial` = the declared 项目总额; `full_year` and `executed` empty) and indicators
/// (`group` = 一级/二级指标, `name`, `points`, `target`, empty `actual`).
///
/// With `tmpl`, points are proposed: each level-1 group's points of the template are shared
/// equally by the project's indicators under it (2 decimals, the last taking the remainder so
/// that they add up); a group the project declares nothing under gives its points to the
/// nearest group before it that has indicators (else the nearest after it), written as the
/// project's `points:` split. Indicators whose group the template lacks get a warning, located
/// at their row, and no points. Without `tmpl`, `points:` is left empty to fill in.
std::string DeclarationSkeleton(const Declaration& declaration, const Template* tmpl,
                                std::vector<Diagnostic>& diagnostics);

/// `text` as a YAML scalar: plain when that reads back as the same string, else double-quoted.
std::string YamlScalar(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DECLARATION_SKELETON_H_
