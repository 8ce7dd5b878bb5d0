#define BOOST_TEST_MODULE indicators_test
#include <boost/test/unit_test.hpp>
