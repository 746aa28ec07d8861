// invalid (lint38): `forbid` of a group (rustc's forbidden_lint_groups, a warning with its own rules)
#![forbid(unused)] //~ ERROR `forbid(unused)` of a lint group is not supported
async fn g() -> u32 { 1 }
