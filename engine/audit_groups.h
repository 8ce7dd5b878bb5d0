// The audit's group checks: children's 分值 against their parent's, and a group row's subtotal
// against its rows' scores.
#ifndef JIXIAO_ENGINE_AUDIT_GROUPS_H_
#define JIXIAO_ENGINE_AUDIT_GROUPS_H_

#include <cstddef>
#include <vector>

#include "engine/audit.h"
#include "engine/audit_template.h"
#include "indicators/filled_table.h"

namespace jixiao {

/// Checks the groups (一级指标, 一级/二级指标) of the project in rows [begin, end). A group's
/// points are stated by its group row (a 一级/二级指标 row with 分值 and no 三级指标), else by a
/// 一级/二级指标分值 column, else — with `binding` (--template) — by the template. Where stated,
/// the 分值 of the indicator and budget rows under the group must add up to them. A template
/// group may give its points to its siblings when it has no rows (a project without 满意度
/// moves its 10 to 效益): the siblings then need only take exactly those points between them.
/// A group row's printed 得分 must be the sum of its rows' 得分; its 复核得分 is the sum of their
/// recomputed scores. Findings go to `rows` (parallel to table.rows): on the group row, else
/// on the group's first row. A flat table that states no group points gets no finding here.
/// Returns the number of group rows checked.
int CheckGroups(const FilledTable& table, size_t begin, size_t end, const TableBinding* binding,
                std::vector<AuditRow>& rows);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_AUDIT_GROUPS_H_
