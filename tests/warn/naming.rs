// covers: non_camel_case_types (structs, enums, variants, traits: the early lint pass, first) and
// non_snake_case (struct fields, fns, methods, variables: the late pass, in source order).
struct bad_s { Field: u32, ok_f: u32 }
struct Ok2(u32);
enum my_enum { a, B_c, Fine }
trait lower_t { fn m(&self) -> u32; }
impl lower_t for Ok2 { fn m(&self) -> u32 { self.0 } }
impl Ok2 { fn BadM(&self) -> u32 { self.0 } }
fn BadName(Param: u32) -> u32 { let Local = Param; Local }
async fn f__g(x: u32) -> u32 {
    let s = bad_s { Field: 1, ok_f: 2 };
    let _e = my_enum::a;
    let _f = my_enum::B_c;
    let _g = my_enum::Fine;
    let o = Ok2(x);
    o.BadM() + o.m() + BadName(x) + s.Field + s.ok_f
}
fn _x_() {}
