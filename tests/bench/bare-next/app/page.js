import { createElement as h } from "react";

export default function Page() {
  return h("h1", null, "A bare Next page");
}
