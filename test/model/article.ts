/** The article, as committed in docs/ (a copy of ../shared/article.txt, checked equal when that is present). */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const ARTICLE_PATH = resolve(__dirname, "../../docs/article.txt");
export const SHARED_ARTICLE_PATH = resolve(__dirname, "../../../shared/article.txt");

export const ARTICLE = readFileSync(ARTICLE_PATH, "utf8");
export const SHARED_ARTICLE = existsSync(SHARED_ARTICLE_PATH)
  ? readFileSync(SHARED_ARTICLE_PATH, "utf8")
  : undefined;
