// invalid: trait fns without a self parameter (only methods are modelled)
trait Sensor { fn make() -> u32; } //~ ERROR not supported
