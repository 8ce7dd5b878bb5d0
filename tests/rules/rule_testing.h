// Helpers shared by the rules tests: printing outcomes and building inputs.
#ifndef JIXIAO_TESTS_RULES_RULE_TESTING_H_
#define JIXIAO_TESTS_RULES_RULE_TESTING_H_

#include <optional>
#include <ostream>

#include "rules/rule.h"

namespace jixiao {

/// Lets BOOST_TEST print an Outcome when a comparison fails.
inline std::ostream& operator<<(std::ostream& os, Outcome o) {
  switch (o) {
    case Outcome::kScored:
      return os << "kScored";
    case Outcome::kNotApplicable:
      return os << "kNotApplicable";
    case Outcome::kMissingData:
      return os << "kMissingData";
    case Outcome::kCannotScore:
      return os << "kCannotScore";
  }
  return os << "Outcome(?)";
}

/// w, A and B as the engine prepares them for a numeric method.
inline RuleInput Numbers(double w, std::optional<double> a, std::optional<double> b) {
  RuleInput in;
  in.weight = w;
  in.target = a;
  in.actual = b;
  return in;
}

/// A method of `kind` with default parameters.
inline MethodSpec Method(RuleKind kind) {
  MethodSpec spec;
  spec.kind = kind;
  return spec;
}

}  // namespace jixiao

#endif  // JIXIAO_TESTS_RULES_RULE_TESTING_H_
