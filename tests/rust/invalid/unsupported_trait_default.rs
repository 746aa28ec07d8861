// invalid: default bodies of trait fns (not modelled)
trait Read {
    fn id(&self) -> u32 { 1 } //~ ERROR not supported
}
