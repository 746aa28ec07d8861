// invalid: returning an Option holding a borrow of a temporary of the tail (rustc E0515; tempref36)
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn f(r: &u32) -> Option<&u32> {
    id(Some(&mk(*r))) //~ ERROR [E0515] cannot return value referencing temporary value
}
