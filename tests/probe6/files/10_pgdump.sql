--
-- PostgreSQL database dump
--

SET client_encoding = 'UTF8';

INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (1, '梁红浩', '15153389489', '0411-82177944', '330106199612280041', '622908727185077478', '福建省厦门市思明区花园路228号碧桂园10栋2单元1904室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (2, '雷宏萍', '15911038879', '0532-33855795', '31010419720407696X', '6217994862407197727', '河南省郑州市中原区新华路308号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (3, '孙婷亮', '17672243049', '025-53954614', '310104197611168001', '6228484766251177673', '湖南省长沙市芙蓉区长江路314号金色港湾26栋2单元1703室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (4, '上官雨', '18688565387', '0755-83926006', '110105198307074207', '6225880552457799', '浙江省杭州市西湖区长江路94号幸福里小区7栋4单元2803室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (5, '莫辉伟', '16662756215', '022-39346766', '120101197107242589', '6226907450565768', '北京市海淀区幸福大街107号', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (6, '慕容宏晨', '13968357069', '021-22367351', '330106200205032994', '6225880787821603', '浙江省杭州市西湖区建设路30号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (7, '卢飞霞', '13294058434', '0411-87396714', '110102196112164730', '622908410634344993', '北京市西城区光明街333号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (8, '王欣', '16672494012', '010-58032960', '110102197302061550', '6217002457785282702', '重庆市渝中区青年路268号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (9, '秦思', '15527902908', '025-43779810', '120101197807079559', '6222623662990137299', '重庆市渝中区光明街119号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (10, '武文伟', '19842129357', '025-41486484', '350203199305199788', '622908033771532335', '重庆市渝中区幸福大街284号锦绣家园26栋1单元2901室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (11, '郝浩晨', '13941346426', '022-28117976', '310105199208235919', '6228485597695909531', '浙江省杭州市西湖区青年路93号锦绣家园10栋1单元801室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (12, '慕容萍', '15350473914', '021-72737201', '440106198508045448', '6217004502390800063', '上海市徐汇区解放路79号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (13, '蔡建斌', '15931084520', '024-63160505', '310105198204106613', '6222620368541066911', '广东省广州市天河区朝阳路83号绿地世纪城11栋4单元1902室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (14, '郝英', '15869877683', '0371-55130508', '330106198901036737', '6222021090923408348', '广东省广州市天河区中山路49号万科城市花园7栋2单元302室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (15, '万丽艳', '13694139758', '027-77595597', '310105200210257725', '6226903225026558', '浙江省杭州市上城区胜利路237号', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (16, '孔梓', '13992587231', '025-26431848', '210102198911063824', '6226902055214011', '广东省广州市荔湾区科技路337号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (17, '夏欣', '18992548505', '0592-8236452', '110105198403117991', '6226903971100078', '福建省厦门市思明区光明街152号碧桂园12栋3单元104室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (18, '蔡欣芳', '13399409378', '010-38526386', '440304199002089454', '6225886337765968', '陕西省西安市碑林区朝阳路55号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (19, '汤俊伟', '18759365922', '024-36323651', '430102200012293512', '6217996826038948244', '广东省深圳市福田区滨江大道160号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (20, '姚丽伟', '15818743595', '0411-62181720', '510104199808215867', '6222627820810111730', '广东省深圳市福田区花园路198号阳光花园6栋4单元2704室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (21, '武明娜', '17713544072', '022-30677852', '110101197102225622', '6217004741121705924', '辽宁省大连市中山区幸福大街146号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (22, '曹雅敏', '19380191066', '022-30548109', '370202198810106530', '6217004621312930814', '天津市和平区中山路88号翠湖苑20栋1单元201室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (23, '曾琳', '15568973016', '028-63835794', '410102199607028890', '6216611207359141205', '四川省成都市锦江区人民路260号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (24, '韩红洋', '19765505449', '0532-36561191', '110101197405169322', '6222627844621347754', '浙江省杭州市上城区青年路123号阳光花园12栋3单元1702室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (25, '苏峰琳', '19666078289', '0731-39392432', '310104196602260266', '6217004517613094161', '上海市黄浦区和平路341号翠湖苑9栋4单元2203室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (26, '顾雨琳', '17873701435', '027-77742050', '310104196102216314', '6225884127576869', '湖南省长沙市芙蓉区朝阳路277号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (27, '闫琳', '19817779555', '0731-72653792', '120101196304010547', '6216614012410110273', '湖南省长沙市芙蓉区长江路262号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (28, '雷轩勇', '18079817923', '023-87385042', '210102199511165068', '6222623046346671146', '河南省郑州市中原区人民路246号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (29, '付静芳', '13959290953', '021-77165531', '510104200301247777', '6217004691911065932', '北京市东城区新华路210号翠湖苑17栋3单元204室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (30, '钟兰丽', '17859376705', '022-72343906', '310105196812129078', '6225889835278997', '上海市徐汇区花园路344号', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (31, '彭婷然', '13331034236', '0371-86451738', '440103200101019193', '6228489154032884690', '江苏省南京市玄武区朝阳路315号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (32, '邹建伟', '13855776180', '0571-88546595', '110101199306151425', '6226906140505036', '上海市长宁区解放路286号锦绣家园17栋3单元1501室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (33, '姜宇辉', '13784590754', '0411-31803551', '310101199003160444', '6228485092728957699', '天津市和平区解放路259号翠湖苑15栋1单元103室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (34, '谭浩', '15767424916', '023-78862577', '310101200105140247', '6222626832655448045', '北京市朝阳区朝阳路380号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (35, '魏霞建', '15830842627', '027-63815177', '320102199804045460', '6217990428318760617', '北京市朝阳区幸福大街121号阳光花园2栋2单元1702室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (36, '董霞强', '13939381287', '023-43107594', '330106199206191705', '6217997413261549673', '北京市海淀区胜利路157号金色港湾16栋4单元903室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (37, '何秀娟', '15587049478', '024-87628494', '110101200302118121', '6222022598052647386', '上海市徐汇区新华路152号万科城市花园22栋1单元1102室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (38, '袁涛', '13461186006', '0371-89550615', '210102198403111842', '6217998708025817244', '上海市徐汇区解放路257号幸福里小区11栋1单元203室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (39, '梁斌', '18869872002', '0731-88400022', '310105196412073431', '6217004812193248737', '四川省成都市锦江区光明街271号金色港湾5栋1单元1902室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (40, '方然', '13827065128', '0571-34922855', '110105197901161974', '6226906812282690', '重庆市渝中区文化路247号碧桂园8栋4单元402室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (41, '孟鹏强', '18271421433', '0731-31822623', '330102200112032295', '6222627288119738688', '河南省郑州市中原区光明街94号翠湖苑24栋4单元2303室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (42, '马欣', '13310254181', '0571-38301854', '310101196512114194', '6216614294330080873', '浙江省杭州市上城区朝阳路14号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (43, '苏峰', '18922021517', '020-61504327', '110105196102059485', '622908638706451862', '北京市海淀区滨江大道21号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (44, '慕容浩俊', '19899045182', '010-81762058', '110102198002236763', '6216610440013599796', '北京市海淀区建设路142号绿地世纪城18栋4单元1103室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (45, '黄红', '13408104061', '025-33223362', '110101196903102169', '6217006783638887223', '山东省青岛市市南区长江路37号', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (46, '顾洋', '18619963801', '0755-45437293', '320102198705245761', '6217009025616738771', '浙江省杭州市上城区和平路207号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (47, '毛平辉', '18764478917', '0755-37348315', '610103200009242490', '622908122329844928', '山东省青岛市市南区学府路300号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (48, '顾梓玉', '15317263896', '027-59598346', '110102198811046935', '6226900707086035', '辽宁省大连市中山区解放路208号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (49, '莫婷伟', '13022052754', '021-70459719', '310105198101043322', '622908197703116572', '湖南省长沙市芙蓉区光明街103号万科城市花园22栋4单元1604室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (50, '徐霞敏', '13248371613', '0411-22981417', '110108198201316203', '6217997240531501303', '北京市东城区青年路361号翠湖苑27栋2单元2403室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (51, '邹建霞', '17181372759', '027-20909568', '210102198309272236', '6217001291415566809', '广东省广州市天河区青年路251号幸福里小区9栋1单元1301室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (52, '魏怡欣', '17285746047', '027-78026445', '120101196806155834', '6228485580160604746', '上海市长宁区青年路8号金色港湾17栋1单元1904室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (53, '白浩', '13742180007', '0371-30776303', '320102200006174212', '6225889433988583', '广东省广州市天河区中山路280号万科城市花园3栋3单元1504室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (54, '崔宏霞', '18502194349', '025-33720954', '110105197003080953', '6222628098558707550', '福建省厦门市思明区东风路31号碧桂园5栋3单元2403室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (55, '余杰玉', '13781700445', '0592-2345284', '310101196811090890', '6225884296021929', '上海市长宁区新华路4号翠湖苑29栋4单元902室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (56, '熊然', '18329605487', '024-34311645', '310101198109246241', '6228481320735677487', '陕西省西安市碑林区文化路10号阳光花园25栋2单元2404室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (57, '龚志', '13966679214', '0371-71855917', '310104197702041591', '6216613163087259363', '广东省广州市荔湾区新华路177号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (58, '孔涛鹏', '13226565046', '0411-89498804', '310104196001313860', '6222620665385191766', '广东省广州市荔湾区和平路217号金色港湾17栋4单元603室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (59, '戴建', '18652951238', '023-49977490', '110101197507269746', '6217996618459784814', '广东省广州市天河区青年路245号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (60, '何芳思', '19334306360', '0755-63084584', '310101196203119549', '6222625334609225067', '河南省郑州市中原区光明街189号', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (61, '高明军', '15522573225', '025-77124436', '110101198402151738', '6222025015293084847', '北京市东城区胜利路86号幸福里小区27栋4单元2702室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (62, '邵娟娟', '17275247122', '0411-77285262', '120101197711170438', '6216611117801370189', '上海市徐汇区胜利路370号碧桂园25栋4单元3204室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (63, '欧阳文霞', '18057475438', '028-51527529', '440106200210210404', '6222027026731546444', '山东省青岛市市南区长江路308号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (64, '王凯秀', '17286603218', '023-55872088', '12010119740707920X', '6217995512915342484', '福建省厦门市思明区建设路252号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (65, '尹子', '13734925713', '028-46800864', '110108198611270201', '6222029074123271765', '陕西省西安市碑林区幸福大街8号金色港湾11栋1单元1101室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (66, '梁浩飞', '19123679116', '020-29058293', '310101198001162003', '6222022034373208344', '重庆市渝中区中山路396号绿地世纪城17栋4单元1704室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (67, '欧阳国文', '18349436714', '023-22972522', '310104197301260734', '6226904500545478', '北京市朝阳区学府路36号', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (68, '武慧飞', '19815406059', '024-25620904', '110105197602112718', '6228487195162213707', '四川省成都市锦江区光明街286号幸福里小区8栋2单元2103室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (69, '龙涵', '19814664881', '027-70333553', '120101197902032484', '6216615467166726673', '广东省深圳市福田区幸福大街28号', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (70, '何磊红', '18556885028', '020-20884523', '11010219681113782X', '6217009245937928675', '北京市西城区朝阳路301号万科城市花园6栋1单元2301室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (71, '黄涛刚', '19803305359', '0532-84162288', '120101197510302203', '6217998168403177754', '四川省成都市锦江区胜利路70号绿地世纪城27栋4单元1704室', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (72, '谭涵', '19599491804', '0731-44592845', '110101199603039237', '6228483627931291782', '福建省厦门市思明区文化路304号锦绣家园18栋4单元1603室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (73, '雷俊', '18986284997', '0571-83427568', '310101196208146810', '6225882364717857', '湖北省武汉市江岸区朝阳路101号', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (74, '侯轩军', '13196557841', '027-23405245', '120101196309170400', '622908794267819821', '北京市朝阳区滨江大道138号万科城市花园27栋1单元2401室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (75, '欧阳敏', '15105678363', '0371-32492599', '310104196105165663', '6225889582382943', '辽宁省大连市中山区朝阳路158号翠湖苑19栋2单元2001室', 'x');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (76, '邹萍萍', '18794519403', '0755-59768998', '110101198604123348', '6226906945838129', '广东省广州市荔湾区幸福大街61号', 'it''s ok');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (77, '田佳', '17070048594', '020-56953617', '410102199709235495', '6225880474376002', '广东省深圳市福田区花园路177号幸福里小区28栋4单元502室', '');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (78, '谭涵伟', '19118131091', '0592-2757149', '310105196402193157', '622908304305883605', '湖南省长沙市芙蓉区花园路155号万科城市花园21栋3单元2103室', 'O''Neil 先生');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (79, '袁军峰', '15218646228', '0755-82530857', '610103200307078895', '6217999271491587378', '上海市长宁区胜利路316号翠湖苑14栋2单元1103室', 'a, b');
INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES (80, '史兰涛', '17072636898', '010-84695823', '330102199602053704', '6225886246430803', '江苏省南京市玄武区青年路62号幸福里小区13栋2单元403室', 'x');

COPY public.logins (id, user_id, ip, email, plate, created_at) FROM stdin;
1	1	117.99.77.184	mjxzs42@qq.com	湘EF01531	2023-01-10 08:00:00+08
2	2	175.189.237.152	ygirtr1999@sina.com	藏T5V1E8	2023-02-11 08:00:00+08
3	3	115.120.184.9	phx.ngx@sohu.com	湘TD16645	2023-03-12 08:00:00+08
4	4	114.61.79.107	xlpbj1994@sina.com	新L8Q57F	2023-04-13 08:00:00+08
5	5	112.240.52.240	cjpay21@139.com	湘J78703	2023-05-14 08:00:00+08
6	6	175.238.98.82	cmr@outlook.com	云G27K2S	2023-06-15 08:00:00+08
7	7	111.86.29.67	ftagiu@126.com	鄂F07339	2023-07-16 08:00:00+08
8	8	122.5.241.24	zsqopq64@sina.com	甘Y44F53	2023-08-17 08:00:00+08
9	9	223.68.86.92	aiematp79@sohu.com	桂V98JM1	2023-09-18 08:00:00+08
10	10	180.47.46.48	dvs.ztr@hotmail.com	闽A507QX	2023-01-19 08:00:00+08
11	11	182.56.202.72	awcci_aw@qq.com	浙D95657	2023-02-10 08:00:00+08
12	12	180.183.91.185	ohdh.fuv@outlook.com	桂NF35086	2023-03-11 08:00:00+08
13	13	182.64.50.152	weftcir2@outlook.com	浙H0N2X3	2023-04-12 08:00:00+08
14	14	58.126.85.166	nxkmd_nx@126.com	陕PD74876	2023-05-13 08:00:00+08
15	15	182.243.61.98	ycxz1996@sina.com	川W67152	2023-06-14 08:00:00+08
16	16	180.17.25.176	sblwgj.sru@outlook.com	津P13597	2023-07-15 08:00:00+08
17	17	211.118.141.160	bmxrvw@yeah.net	鄂YD62770	2023-08-16 08:00:00+08
18	18	116.54.89.9	xcx.fro@qq.com	沪HD88788	2023-09-17 08:00:00+08
19	19	221.15.197.73	ysdbga@139.com	鲁N2H422	2023-01-18 08:00:00+08
20	20	221.228.164.135	ygz1983@qq.com	黑ND09034	2023-02-19 08:00:00+08
21	21	111.228.12.20	gme_gm@139.com	陕DG575N	2023-03-10 08:00:00+08
22	22	220.82.178.212	wti.ebl@126.com	桂JJ126F	2023-04-11 08:00:00+08
23	23	218.213.25.236	mshqv65@126.com	浙L621PS	2023-05-12 08:00:00+08
24	24	118.233.1.175	ethwgi_et@sohu.com	津L007UG	2023-06-13 08:00:00+08
25	25	218.55.51.216	bazbrm_ba@sohu.com	津D29S98	2023-07-14 08:00:00+08
26	26	116.248.31.197	ifsezn.ytn@126.com	桂P6Q10H	2023-08-15 08:00:00+08
27	27	42.13.39.64	sdjyx_sd@126.com	蒙TD26655	2023-09-16 08:00:00+08
28	28	123.82.205.55	vxmfzv_vx@126.com	蒙TH612N	2023-01-17 08:00:00+08
29	29	61.23.66.81	lme_lm@hotmail.com	粤V5U02X	2023-02-18 08:00:00+08
30	30	123.184.80.117	wfhnb@sohu.com	鲁H61R92	2023-03-19 08:00:00+08
31	31	116.149.46.178	bsw_bs@gmail.com	京E03831	2023-04-10 08:00:00+08
32	32	58.193.76.163	pkj.eif@aliyun.com	蒙BD90428	2023-05-11 08:00:00+08
33	33	221.244.96.91	nmvqaq@126.com	鄂H63571	2023-06-12 08:00:00+08
34	34	124.43.199.185	hnt84@sohu.com	津W51129	2023-07-13 08:00:00+08
35	35	125.127.163.157	mvfmx25@aliyun.com	青T39240	2023-08-14 08:00:00+08
36	36	117.36.206.178	oigykg@outlook.com	陕GG58X4	2023-09-15 08:00:00+08
37	37	124.78.131.16	nzgooc.xic@sohu.com	鲁H89656	2023-01-16 08:00:00+08
38	38	171.4.11.118	pmzae@163.com	琼CF23991	2023-02-17 08:00:00+08
39	39	222.61.246.9	qquqip@foxmail.com	赣S41666	2023-03-18 08:00:00+08
40	40	202.104.232.218	xenqqk_xe@hotmail.com	甘N23370	2023-04-19 08:00:00+08
41	41	124.195.72.69	sxyi_sx@163.com	苏QEZ440	2023-05-10 08:00:00+08
42	42	175.221.201.28	kqjqo.xoa@foxmail.com	川P86967	2023-06-11 08:00:00+08
43	43	182.118.14.219	fakiszs@139.com	黑T1F518	2023-07-12 08:00:00+08
44	44	183.192.67.16	agf@aliyun.com	赣X34173	2023-08-13 08:00:00+08
45	45	123.46.98.121	jqo.cia@sohu.com	豫V0763R	2023-09-14 08:00:00+08
46	46	121.55.111.63	wwd82@126.com	湘FD40381	2023-01-15 08:00:00+08
47	47	117.160.176.138	idvqomt1974@163.com	苏XF80550	2023-02-16 08:00:00+08
48	48	58.49.153.167	ayoq.xfo@yeah.net	宁T03104	2023-03-17 08:00:00+08
49	49	182.190.165.102	qjfwxe.bev@foxmail.com	皖Q826G5	2023-04-18 08:00:00+08
50	50	58.24.32.36	ugrey1974@outlook.com	贵W02742	2023-05-19 08:00:00+08
51	51	120.253.85.200	xzxgcia83@hotmail.com	云T30329	2023-06-10 08:00:00+08
52	52	112.242.72.200	phg_ph@foxmail.com	辽KF57025	2023-07-11 08:00:00+08
53	53	101.243.75.245	uzbvqto65@sohu.com	粤B65M4A	2023-08-12 08:00:00+08
54	54	121.170.202.85	syvvtts@sina.com	贵LD23099	2023-09-13 08:00:00+08
55	55	113.136.59.75	tmhaya32@126.com	青NF97453	2023-01-14 08:00:00+08
56	56	115.219.223.223	nthxs85@126.com	新G350US	2023-02-15 08:00:00+08
57	57	182.48.68.64	lnze.waw@yeah.net	贵AW36Q8	2023-03-16 08:00:00+08
58	58	113.69.215.33	gco_gc@163.com	青U55916	2023-04-17 08:00:00+08
59	59	220.117.10.121	hzpc25@139.com	闽ZD30655	2023-05-18 08:00:00+08
60	60	219.23.236.10	bcpv.xhw@hotmail.com	云BF2087	2023-06-19 08:00:00+08
61	61	119.35.153.136	xsfn.gdz@126.com	辽H4T085	2023-07-10 08:00:00+08
62	62	114.233.44.22	oirp@outlook.com	冀GF23770	2023-08-11 08:00:00+08
63	63	219.114.202.250	wqrjfql59@yeah.net	川R67M9M	2023-09-12 08:00:00+08
64	64	125.150.245.66	aotg_ao@hotmail.com	晋E25456	2023-01-13 08:00:00+08
65	65	111.28.159.133	ajcnmw1977@163.com	甘A41W19	2023-02-14 08:00:00+08
66	66	120.86.64.152	ijzf1971@gmail.com	豫N40UJ4	2023-03-15 08:00:00+08
67	67	106.197.154.74	ggg78@139.com	新P52H07	2023-04-16 08:00:00+08
68	68	221.11.96.85	rsrm1980@gmail.com	陕L9R19J	2023-05-17 08:00:00+08
69	69	101.41.227.206	kxlicnc_kx@foxmail.com	云X20324	2023-06-18 08:00:00+08
70	70	202.198.94.165	bxggpde.xfb@126.com	苏R73731	2023-07-19 08:00:00+08
71	71	112.238.169.164	mtlrzke_mt@outlook.com	川D702YU	2023-08-10 08:00:00+08
72	72	116.45.159.87	fnaz.qrq@aliyun.com	云RA6663	2023-09-11 08:00:00+08
73	73	42.46.70.126	tsf12@sina.com	甘UD85152	2023-01-12 08:00:00+08
74	74	221.64.204.30	kawwt.ihj@hotmail.com	皖H621Z6	2023-02-13 08:00:00+08
75	75	61.96.21.166	djfujn1987@sohu.com	甘U1E217	2023-03-14 08:00:00+08
76	76	61.238.207.234	xjhje1976@foxmail.com	鄂D601HR	2023-04-15 08:00:00+08
77	77	202.188.85.245	xeupgs@gmail.com	津J100A9	2023-05-16 08:00:00+08
78	78	113.39.208.217	aoll_ao@yeah.net	吉C989M7	2023-06-17 08:00:00+08
79	79	122.193.42.51	dgvfezt_dg@sohu.com	晋GP3B18	2023-07-18 08:00:00+08
80	80	124.49.13.98	qpz@163.com	川M94R72	2023-08-19 08:00:00+08
\.

--
-- PostgreSQL database dump complete
--
