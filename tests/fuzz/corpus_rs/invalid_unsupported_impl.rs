// invalid: impl blocks
impl Guard { fn value(&self) -> u32 { self.0 } } //~ ERROR not supported
