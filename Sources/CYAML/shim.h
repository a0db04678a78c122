// libyaml (Debian's libyaml-dev): the event parser behind YAML scenario files.
#include <yaml.h>
