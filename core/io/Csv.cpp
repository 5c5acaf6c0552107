#include "core/io/Csv.h"
