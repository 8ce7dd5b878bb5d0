// Renderers for `jixiao diff`: the changes between two templates, one line each, and their
// effect on projects. They only read the diff model (engine/template_diff.h).
#ifndef JIXIAO_REPORTS_TEMPLATE_DIFF_REPORT_H_
#define JIXIAO_REPORTS_TEMPLATE_DIFF_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/template_diff.h"
#include "reports/render.h"

namespace jixiao {

/// What `jixiao diff` compared: the two template files and their stamps.
struct DiffSide {
  std::string file;
  std::string id;
  std::string version;
};

struct TemplateDiffReport {
  DiffSide old_side, new_side;
  std::vector<TemplateChange> changes;
  const DiffEffect* effect = nullptr;  // null without --data
};

/// 元数据, 新增, 删除, 改名, 移动, 分值, 评分方法 …
std::string_view ChangeKindLabel(ChangeKind kind);

/// The report in kText (a listing for a terminal), kMarkdown or kJson; the other formats give
/// the listing (the CLI refuses them).
std::string RenderTemplateDiff(ReportFormat format, const TemplateDiffReport& report);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_TEMPLATE_DIFF_REPORT_H_
