#define BOOST_TEST_MODULE rules_test
#include <boost/test/unit_test.hpp>
