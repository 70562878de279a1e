export const id = 120;
export const ids = [120];
export const modules = {

/***/ 8120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConfig: () => (/* binding */ runConfig)
/* harmony export */ });
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4449);
/* harmony import */ var _compose_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5398);
// `config`: the normalized Compose model, printed like `docker compose config` — what the converter will
// read, after interpolation, merging, extends, include, profiles and short-to-long syntax. Offline.
// The format follows `template-format` (yaml or json); secret file contents are never read or printed.


async function runConfig(context) {
    const { host, inputs } = context;
    const { project, stackName } = (0,_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadForMode */ .F1)(context);
    const format = inputs.oneOf('template-format', ['yaml', 'json']);
    const text = (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderConfig */ .X)(project, format);
    host.writeStdout(text.endsWith('\n') ? text : `${text}\n`);
    host.setOutput('stack-name', stackName);
    await host.appendSummary(`### compose-ecs-action config: \`${project.name}\`\n\n${Object.keys(project.services).length} service(s) enabled${Object.keys(project.disabledServices).length ? `, ${Object.keys(project.disabledServices).length} disabled by profiles` : ''}; files: ${project.composeFiles.map((f) => `\`${f}\``).join(', ')}.\n`);
}


/***/ })

};
