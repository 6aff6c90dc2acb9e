/**
 * The {@code articles} command: {@link io.github.frontmatter.articles.cli.Main} is the main
 * class of the runnable jar ({@code articles-VERSION-cli.jar}) and of the launchers in the
 * distribution.
 *
 * <p>This package is not exported by the module and is not part of the library's API: its
 * contract is the command line that docs/cli.md describes (commands, options, output, exit
 * status), not Java methods. Programs use {@link io.github.frontmatter.articles.Articles} and
 * {@link io.github.frontmatter.articles.ArticleParser} instead.
 */
package io.github.frontmatter.articles.cli;
