#include "analysis/ChiSquare.h"

#include <boost/math/distributions/chi_squared.hpp>

namespace pd {

double chiSquareUpperTail(double x, double degreesOfFreedom)
{
    const boost::math::chi_squared_distribution<double> chi(degreesOfFreedom);
    return boost::math::cdf(boost::math::complement(chi, x));
}

} // namespace pd
