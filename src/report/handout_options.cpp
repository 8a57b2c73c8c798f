#include <glidepath/report/handout_options.h>
