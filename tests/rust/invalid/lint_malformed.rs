// invalid (lint38): a lint attribute's list holds lint names: E0452
#[allow(dead_code = 1)] //~ ERROR malformed lint attribute input
async fn g() -> u32 { 1 }
